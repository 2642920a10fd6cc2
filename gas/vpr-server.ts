/** What the «Объективность ВПР» dialog may call through `google.script.run`: plain-JSON signatures. */
import type { VprParams } from '../core/vpr/vpr-types';

export interface VprParamsReply {
  readonly params: VprParams;
  readonly warnings: readonly string[];
}

export interface VprWriteReply {
  readonly sheet: string;
  readonly paramsCreated: boolean;
}

export interface VprServer {
  vprParams(): VprParamsReply;
  /** The analysis travels as a JSON string: the server checks its shape before writing. */
  vprWrite(analysisJson: string): VprWriteReply;
}
