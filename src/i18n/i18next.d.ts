// Why: translation keys are typed from the Dutch source files, so a typo in a key is a
// type error, not an untranslated string on a tablet in a meeting room.
import 'i18next';
import type { SourceResources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: SourceResources;
    returnNull: false;
  }
}
