// Work that follows what is drawn: a large hub's next sections, a suite's interval slices, the
// find-in-page text. Its own module, so that the table alone does not carry it.

/**
 * Runs `run` in a task after the next frame is painted (what is drawn so far is seen first: a
 * task alone may come before the frame); in a hidden page, which paints none, in the next task.
 * Returns a cancel.
 */
export function afterPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (document.visibilityState === 'hidden') {
    timer = setTimeout(run);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => (timer = setTimeout(run)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
