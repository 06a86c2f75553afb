export { SignInPage, signOutMutation, devSignInMutation } from './sign-in-page';
export { TokensPage } from './tokens-page';
export { DevSignInBanner } from './dev-sign-in-banner';
