import type { ReactNode } from 'react';

/** Rich-text tags for messages that name technical text: `<code>…</code>` becomes an LTR isolate. */
export const codeTag = {
  code: (chunks: ReactNode) => (
    <bdi dir="ltr" className="font-mono">
      {chunks}
    </bdi>
  ),
};
