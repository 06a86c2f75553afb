/** GraphQL operations the integration tests send, as a client would. */
export const POST_IDEA = `mutation($input: PostIdeaInput!) { postIdea(input: $input) { idea { id title tags authors { id } } } }`;
export const BUILD_ON = `mutation($input: BuildOnInput!) { buildOn(input: $input) { idea { id parents { relation split idea { id } } } } }`;
export const LINK_PARENT = `mutation($input: LinkParentInput!) { linkParent(input: $input) { idea { id parents { idea { id } } } } }`;
export const INVITE = `mutation($ideaId: ID!, $personId: ID!) { inviteCoAuthor(input: { ideaId: $ideaId, personId: $personId }) { idea { coAuthorInvitations { person { id } } } } }`;
export const ACCEPT = `mutation($ideaId: ID!) { acceptCoAuthorship(input: { ideaId: $ideaId }) { idea { authors { id } } } }`;
export const ENDORSE = `mutation($ideaId: ID!) { endorse(input: { ideaId: $ideaId }) { idea { endorsementCount viewerHasEndorsed } } }`;
export const CREDIT = `query($id: ID!) { node(id: $id) { ... on Idea { credit { extenderPool shares { ppm percent share person { id } } } } } }`;
export const TRAIL = `query($id: ID!, $person: ID!) { node(id: $id) { ... on Idea {
  credit { trail(personId: $person) { ppm percent terms { kind ppm share via { id } } } }
  upstreamCredit { trail(personId: $person) { ppm terms { kind ppm via { id } } } } } } }`;
export const LINEAGE = `query($id: ID!, $direction: LineageDirection!, $maxDepth: Int) { node(id: $id) { ... on Idea {
  lineage(direction: $direction, maxDepth: $maxDepth) { ancestorCount descendantCount nodes { id } edges { parentId childId relation split } } } } }`;
export const IDEA_COUNT = `{ ideas { totalCount } }`;
