/** The connection string actually in use: DATABASE_URL, or the embedded server started at boot. */
export const DATABASE_URL = Symbol('DATABASE_URL');
