export * from './models/ideas.model';
export * from './models/leaderboard.model';
export * from './dto/ideas.inputs';
export * from './ideas.queries';
export * from './ideas.service';
export * from './ideas.module';
export { draftTerms, fold } from './similar-terms';
export { COMMON_WORDS, COMPOUNDS, LEXICON, STOP_WORDS } from './lexicon';
