import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host.js';
import { Reflector } from '@nestjs/core';
import type { RequestContext, Role } from './context';
import { Roles, RolesGuard, holdsRole } from './access';
import { KindlingError } from './errors';

class ReviewDesk {
  @Roles('REVIEWER')
  review() {}

  open() {}
}

@Roles('ADMIN')
class AdminDesk {
  purge() {}
}

/** What a GraphQL resolver call looks like to a guard: (root, args, context, info). */
function call(target: object, handler: () => void, viewer: RequestContext['viewer']) {
  const host = new ExecutionContextHost([{}, {}, { viewer } as RequestContext, {}], target.constructor as never, handler);
  host.setType('graphql');
  return host;
}

describe('the role guard', () => {
  const guard = new RolesGuard(new Reflector());
  const reviewDesk = new ReviewDesk();
  const adminDesk = new AdminDesk();
  const as = (role: Role) => ({ id: '1', role });
  const refusal = (run: () => unknown) => {
    try {
      run();
      return null;
    } catch (e) {
      return (e as KindlingError).reason;
    }
  };

  it('lets anyone through where no role is required', () => {
    expect(guard.canActivate(call(reviewDesk, reviewDesk.open, null))).toBe(true);
  });

  it('needs the role, or a higher one, on a resolver or its whole class', () => {
    expect(refusal(() => guard.canActivate(call(reviewDesk, reviewDesk.review, null)))).toBe('SIGN_IN_REQUIRED');
    expect(refusal(() => guard.canActivate(call(reviewDesk, reviewDesk.review, as('MEMBER'))))).toBe('ROLE_REQUIRED');
    expect(guard.canActivate(call(reviewDesk, reviewDesk.review, as('REVIEWER')))).toBe(true);
    expect(guard.canActivate(call(reviewDesk, reviewDesk.review, as('ADMIN')))).toBe(true);
    expect(refusal(() => guard.canActivate(call(adminDesk, adminDesk.purge, as('REVIEWER'))))).toBe('ROLE_REQUIRED');
    expect(guard.canActivate(call(adminDesk, adminDesk.purge, as('ADMIN')))).toBe(true);
  });

  it('orders roles: member < reviewer < admin', () => {
    expect([holdsRole('MEMBER', 'REVIEWER'), holdsRole('REVIEWER', 'REVIEWER'), holdsRole('ADMIN', 'REVIEWER'), holdsRole('REVIEWER', 'ADMIN')]).toEqual([false, true, true, false]);
  });
});
