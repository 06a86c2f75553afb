import { describe, expect, it } from '@jest/globals';
import { createI18n } from '@kindling/web/util';
import { creditPreview } from './compose-credit-preview';

const en = createI18n('en');
const nl = createI18n('nl');
const model = { retention: 0.6, beta: 0.25 };

describe('the credit preview says what the new idea’s credit will be, in the engine’s constants', () => {
  it('keeps everything for an idea that builds on nothing', () => {
    const { sentence, why } = creditPreview(en, { ...model, parents: [], coAuthorNames: [] });
    expect(sentence).toBe('You keep 100 % of this idea’s credit: it builds on no other idea.');
    expect(why).toBe('Those who later build on your idea share in it too, at most 25 % together.');
  });

  it('passes 1 − ρ to one parent', () => {
    expect(creditPreview(en, { ...model, parents: [{ title: 'Shift swap board', share: 100 }], coAuthorNames: [] }).sentence).toBe(
      'You keep 60 %; 40 % goes to the idea you build on: Shift swap board 40 %.',
    );
  });

  it('divides what flows over two parents by an uneven split', () => {
    const { sentence, why } = creditPreview(en, { ...model, parents: [{ title: 'A', share: 70 }, { title: 'B', share: 30 }], coAuthorNames: [] });
    expect(sentence).toBe('You keep 60 %; 40 % goes to the ideas you build on: A 28 %, B 12 %.');
    expect(why).toBe(
      'A new build-on keeps 60 % for its authors and passes the rest on by your split; a reviewer may change that part later. Those who later build on your idea share in it too, at most 25 % together.',
    );
  });

  it('shows tenths where three parents need them, adding up to exactly 100 %', () => {
    const { sentence } = creditPreview(en, { ...model, parents: [{ title: 'A', share: 33 }, { title: 'B', share: 33 }, { title: 'C', share: 34 }], coAuthorNames: [] });
    expect(sentence).toBe('You keep 60 %; 40 % goes to the ideas you build on: A 13.2 %, B 13.2 %, C 13.6 %.');
  });

  it('follows the model’s retention rather than a number of its own', () => {
    expect(creditPreview(en, { retention: 0.75, beta: 0.3, parents: [{ title: 'A', share: 50 }, { title: 'B', share: 50 }], coAuthorNames: [] }).sentence).toBe(
      'You keep 75 %; 25 % goes to the ideas you build on: A 12.5 %, B 12.5 %.',
    );
  });

  it('names the co-authors and what each would hold once they accept', () => {
    expect(creditPreview(en, { ...model, parents: [{ title: 'A', share: 70 }, { title: 'B', share: 30 }], coAuthorNames: ['Sam Okafor'] }).sentence).toBe(
      'You and Sam Okafor keep 60 % (30 % each, once they accept); 40 % goes to the ideas you build on: A 28 %, B 12 %.',
    );
    expect(creditPreview(en, { ...model, parents: [], coAuthorNames: ['Sam', 'Ria'] }).sentence).toBe(
      'You and Sam and Ria keep 100 % of this idea’s credit, 33.3 % each once they accept: it builds on no other idea.',
    );
  });

  it('says it in Dutch, with Dutch numbers', () => {
    expect(creditPreview(nl, { ...model, parents: [{ title: 'A', share: 33 }, { title: 'B', share: 67 }], coAuthorNames: [] }).sentence).toBe(
      'Je houdt 60 %; 40 % gaat naar de ideeën waarop je voortbouwt: A 13,2 %, B 26,8 %.',
    );
    expect(creditPreview(nl, { ...model, parents: [{ title: 'A', share: 100 }], coAuthorNames: ['Sam'] }).sentence).toBe(
      'Jij en Sam houden 60 % (30 % elk, zodra ze accepteren); 40 % gaat naar het idee waarop je voortbouwt: A 40 %.',
    );
  });
});
