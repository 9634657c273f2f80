/** Replaced by build.mjs with the version from package.json. */
declare const __CHATCONSENT_VERSION__: string;
