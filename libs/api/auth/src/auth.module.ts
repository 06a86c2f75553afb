import { type DynamicModule, Module } from '@nestjs/common';
import { PeopleModule } from '@kindling/api/people';
import { AUTH_OPTIONS, type AuthOptions } from './auth.options';
import { AuthRepository } from './auth.repository';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { DevSignInPeopleResolver } from './dev-sign-in-people.resolver';

@Module({})
export class AuthModule {
  static forRoot(options: AuthOptions): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      imports: [PeopleModule],
      providers: [{ provide: AUTH_OPTIONS, useValue: options }, AuthRepository, AuthService, AuthResolver, DevSignInPeopleResolver],
      exports: [AuthService],
    };
  }
}
