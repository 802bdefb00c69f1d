/**
 * 朗读: reads the selected text, or else the page's main content, with the browser's
 * speech synthesis in a Chinese voice where one is installed.
 */

/** Whether this browser can speak at all; the 朗读 button stays hidden otherwise. */
export const canSpeak = (): boolean => 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window && !!window.speechSynthesis;

/**
 * Splits text into sentence-sized pieces: Chromium stops long utterances after about
 * 15 seconds on some systems, and short pieces let the reading be stopped promptly.
 */
export function chunks(text: string, max = 160): string[] {
  const out: string[] = [];
  let current = '';
  for (const sentence of text.replace(/\s+/g, ' ').split(/(?<=[。！？!?；;])/)) {
    if (current && current.length + sentence.length > max) {
      out.push(current);
      current = '';
    }
    current += sentence;
    while (current.length > max) {
      out.push(current.slice(0, max));
      current = current.slice(max);
    }
  }
  if (current.trim()) out.push(current);
  return out.map((s) => s.trim()).filter(Boolean);
}

function chineseVoice(): SpeechSynthesisVoice | undefined {
  const voices = window.speechSynthesis.getVoices();
  return voices.find((v) => /^zh[-_]CN/i.test(v.lang)) ?? voices.find((v) => /^(zh|cmn)/i.test(v.lang));
}

/** Speaks `text`, replacing anything being read; calls `done` once when it ends or fails. */
export function speak(text: string, done: () => void): void {
  const synth = window.speechSynthesis;
  synth.cancel();
  const parts = chunks(text);
  if (parts.length === 0) return done();
  const voice = chineseVoice();
  let finished = false;
  const finish = () => {
    if (!finished) {
      finished = true;
      done();
    }
  };
  parts.forEach((part, i) => {
    const u = new SpeechSynthesisUtterance(part);
    u.lang = 'zh-CN';
    if (voice) u.voice = voice;
    u.onerror = finish;
    if (i === parts.length - 1) u.onend = finish;
    synth.speak(u);
  });
}

export function stopSpeaking(): void {
  window.speechSynthesis.cancel();
}
