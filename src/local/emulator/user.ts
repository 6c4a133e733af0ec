// Session users: getEmail of the active and effective user.
import type { EmulatorContext } from './context';

export class EmuUser implements Pick<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(
    ctx: EmulatorContext,
    private readonly email: string,
  ) {
    return ctx.expose('User', this);
  }
  getEmail(): string {
    return this.email;
  }
}
