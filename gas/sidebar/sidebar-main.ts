/** The Sheets sidebar: the shared panel mounted on the `google.script.run` bridge. */
import { mountPanel } from '../../panel/panel';
import { gasBridge } from './gas-bridge';

const root = document.getElementById('oko');
if (root) mountPanel(root, gasBridge);
