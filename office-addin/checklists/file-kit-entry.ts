/** Entry of checklist-files.js: hands the file kit to the pane that loaded this script. */
import { fileKit } from './file-kit';
import { KIT_GLOBAL } from './file-kit-loader';

window[KIT_GLOBAL] = fileKit;
