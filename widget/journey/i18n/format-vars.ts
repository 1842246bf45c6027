// The journey and the server-rendered pages write numbers the same way (decision 0080).
export { localiseVars } from '../../../domain/messages/format-vars.ts';
