export { BoardPage, boardCsv, boardQuery } from './board-page';
