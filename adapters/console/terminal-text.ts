/** Every control character but the newline: ESC (ANSI sequences), CR, BEL, backspace, C1 controls… */
const CONTROL = /[^\P{Cc}\n]/gu;

/**
 * Text as it may reach the terminal. Carrier and user text could otherwise
 * move the cursor, recolour or clear the screen, or retitle the window.
 */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, '');
}
