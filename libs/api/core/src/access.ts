import { type CanActivate, type ExecutionContext, Injectable, SetMetadata, createParamDecorator } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext, Role, Viewer } from './context';
import { RequestErrors } from './errors';

/*
 * Who may do what, in one place. `@CurrentViewer()` hands a resolver the acting person and refuses the request
 * (UNAUTHENTICATED, SIGN_IN_REQUIRED) when nobody is signed in: a resolver that takes it needs a signed-in
 * person. `@Roles('REVIEWER')` / `@Roles('ADMIN')` on a resolver or its class also need that role
 * (FORBIDDEN, ROLE_REQUIRED); roles are ordered, so an admin may do what a reviewer may.
 */

const ROLES = Symbol('kindling:roles');
const RANK: Record<Role, number> = { MEMBER: 0, REVIEWER: 1, ADMIN: 2 };

function requestContext(context: ExecutionContext): RequestContext {
  return GqlExecutionContext.create(context).getContext<RequestContext>();
}

export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const viewer = requestContext(context).viewer;
  if (!viewer) throw RequestErrors.signInRequired();
  return viewer;
});

export const Roles = (role: Exclude<Role, 'MEMBER'>) => SetMetadata(ROLES, role);

/** Whether someone with `role` may act as `required`. */
export function holdsRole(role: Role, required: Role): boolean {
  return RANK[role] >= RANK[required];
}

/** The app-wide guard behind @Roles. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<Role | undefined>(ROLES, [context.getHandler(), context.getClass()]);
    if (!required) return true;
    const viewer = requestContext(context).viewer;
    if (!viewer) throw RequestErrors.signInRequired();
    if (!holdsRole(viewer.role, required)) throw RequestErrors.roleRequired(required);
    return true;
  }
}
