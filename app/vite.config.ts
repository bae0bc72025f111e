// Vite runs with the app module as its working directory; the real config is at the top level.
export { default } from '../vite.config';
