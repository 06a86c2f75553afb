export { SignInPage, signOutMutation, devSignInMutation } from './sign-in-page';
