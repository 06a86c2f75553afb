import { aStaff, createTestDatabase, errorCodes, GraphQLClient, listeningPort } from '@kindling/api/testing';
import { toGlobalId } from '@kindling/api/core';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';

describe('a server with DATABASE_URL set', () => {
  it('has dev sign-in off unless enabled', async () => {
    const database = await createTestDatabase();
    const app = await createApp(loadConfig({ DATABASE_URL: database.url }), database.url);
    try {
      await app.listen(0, '127.0.0.1');
      const person = (await aStaff(app.get(DataSource), 1)).personIds[0];
      const client = new GraphQLClient(`http://127.0.0.1:${listeningPort(app.getHttpServer())}`);
      expect((await client.ok(`{ authSettings { devSignIn } }`)).authSettings.devSignIn).toBe(false);
      const response = await client.request(`mutation($id: ID!) { devSignIn(input: { personId: $id }) { viewer { id } } }`, { id: toGlobalId('Person', person) });
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    } finally {
      await app.close();
      await database.drop();
    }
  });
});
