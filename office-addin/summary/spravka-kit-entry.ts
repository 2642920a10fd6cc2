/** Entry of spravka-files.js: hands the справка kit to the pane that loaded this script. */
import { spravkaKit } from './spravka-kit';
import { SPRAVKA_GLOBAL } from './spravka-kit-loader';

window[SPRAVKA_GLOBAL] = spravkaKit;
