'use client';

import { useState } from 'react';
import { Button } from './button';

/** Copies a text to the clipboard and says so for a moment. */
export function CopyButton({
  text,
  label,
  copiedLabel,
  testId,
}: {
  text: string;
  label: string;
  copiedLabel: string;
  testId?: string;
}) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // No clipboard (insecure context or denied): the text stays visible and selectable.
    }
  }
  return (
    <Button size="sm" onClick={copy} data-testid={testId} aria-live="polite">
      {copied ? copiedLabel : label}
    </Button>
  );
}
