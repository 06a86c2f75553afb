import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { renderWithProviders, testViewer } from '@kindling/web/data-access/testing';
import { HowCreditWorksPage, creditModelQuery, howCreditWorksIdeaQuery } from './how-credit-works-page';

const model = { __typename: 'CreditModel', beta: 0.25, delta: 0.5, q0: 0.25, c0: 4, defaultRetention: 0.6, minRetention: 0.2, maxRetention: 0.95 };
const modelMock = { request: { query: creditModelQuery }, result: { data: { creditModel: model } } };
const person = (id: string, name: string) => ({ __typename: 'Person', id, name });
const me = person(testViewer.id, testViewer.name);
const koen = person('P2', 'Koen van Rijn');
const parent = (id: string, title: string, split: number, heldPpm: number) => ({
  __typename: 'IdeaLink',
  split,
  idea: { __typename: 'Idea', id, title, upstreamCredit: { __typename: 'UpstreamCredit', trail: { __typename: 'CreditTrail', ppm: heldPpm } } },
});
// "A monthly damage overview" of the demo: ρ 60 %, builds on two ideas (40 / 60), 25 % went to its build-ons
const idea = {
  __typename: 'Idea',
  id: 'I1',
  title: 'A monthly damage overview',
  retention: 0.6,
  buildOnCount: 3,
  authors: [koen],
  parents: [parent('I7', 'Grade returns', 0.4, 1_000_000), parent('I8', 'Photos at outbound check', 0.6, 300_000)],
  credit: {
    __typename: 'IdeaCredit',
    extenderPool: 0.25,
    shares: [
      { __typename: 'CreditShare', ppm: 520_500, person: koen },
      { __typename: 'CreditShare', ppm: 174_000, person: me },
      { __typename: 'CreditShare', ppm: 305_500, person: person('P3', 'Charlotte van Beek') },
    ],
    trail: {
      __typename: 'CreditTrail',
      ppm: 174_000,
      person: me,
      terms: [
        { __typename: 'CreditTrailTerm', kind: 'INHERITED', ppm: 120_000, via: { __typename: 'Idea', id: 'I7', title: 'Grade returns' } },
        { __typename: 'CreditTrailTerm', kind: 'INHERITED', ppm: 54_000, via: { __typename: 'Idea', id: 'I8', title: 'Photos at outbound check' } },
      ],
    },
  },
};
const ideaMock = { request: { query: howCreditWorksIdeaQuery, variables: { ideaId: 'I1', personId: testViewer.id } }, result: { data: { node: idea } } };

describe('HowCreditWorksPage', () => {
  it('walks through the idea’s own figures and why the viewer holds their share', async () => {
    renderWithProviders(<HowCreditWorksPage />, { route: '/about?idea=I1', mocks: [modelMock, ideaMock] });
    expect(await screen.findByText('This idea builds on 2 other ideas, so it keeps 60 % for its own authors: how new it is. The rest goes to the ideas it builds on.')).toBeTruthy();
    expect(screen.getByText('Every idea that builds on another keeps 60 % at first; a reviewer may set it between 20 % and 95 % when an idea is more or less new.')).toBeTruthy();
    expect(screen.getByTestId('about-flow').textContent).toBe('Grade returns: 40 % of 40 % = 16 %Photos at outbound check: 60 % of 40 % = 24 %');
    expect(screen.getByTestId('about-pool').textContent).toBe('25 % of this idea went to the people who built on it (3 build-ons). Everything above is scaled down to the remaining 75 %.');
    expect(screen.getByRole('heading', { name: 'Why you hold 17.40 %' })).toBeTruthy();
    expect([...screen.getByTestId('about-terms').children].map((li) => li.textContent)).toEqual([
      'Through Grade returns: 100 % (the share in it) × 40 % (what flows to what this idea built on) × 40 % (its part of that) × 75 % (what is left after the build-ons’ part) = 12.00 %',
      'Through Photos at outbound check: 30 % (the share in it) × 40 % (what flows to what this idea built on) × 60 % (its part of that) × 75 % (what is left after the build-ons’ part) = 5.40 %',
    ]);
    expect(screen.getByTestId('about-total').textContent).toBe('Together: 17.40 %');
    expect(screen.getByRole('link', { name: 'Koen van Rijn' }).getAttribute('href')).toBe('/about?idea=I1&person=P2');
  });

  it('works the example out from the model’s constants, in Dutch', async () => {
    renderWithProviders(<HowCreditWorksPage />, { route: '/about', mocks: [modelMock], locale: 'nl' });
    const steps = await screen.findByTestId('about-example');
    expect([...steps.children].map((li) => li.textContent)).toEqual([
      'Ann plaatst een idee dat nergens op voortbouwt: Ann heeft er 100 % van.',
      'Bob bouwt voort op het idee van Ann. Zijn idee houdt 60 % voor Bob; de andere 40 % gaat naar het idee van Ann. In het idee van Bob heeft Bob dus 60 % en Ann 40 %.',
      'Had Bob op twee ideeën voortgebouwd, het ene voor 70 % en het andere voor 30 %, dan kregen die 28 % en 12 %: 70 % en 30 % van 40 %.',
      'Cem bouwt voort op het idee van Bob en twee collega’s onderschrijven het. Dat telt 0,25 + 2 = 2,25, dus 14,06 % van het idee van Bob gaat naar Cem. De rest wordt verdeeld als eerder: Bob 51,56 %, Ann 34,38 %.',
    ]);
    expect(screen.getByText('Jouw aandeel in het idee eronder × het deel dat naar de ideeën eronder gaat × het deel van dat idee daarin. Bijvoorbeeld 50 % × 40 % × 58,33 % = 11,67 %.')).toBeTruthy();
  });
});
