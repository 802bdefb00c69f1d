/**
 * The interactive layer of `npm run new`: ask in Chinese for whatever was not given as an
 * option, re-asking until the answer is valid; with `yes`, nothing is asked and a missing
 * or invalid value is a UsageError.
 */
import { createInterface, type Interface } from 'node:readline/promises';
import { UsageError } from './model.ts';

/** Ask a question (or fail in --yes mode); re-ask until `validate` returns no message. */
export class Asker {
  readonly #rl: Interface | undefined;
  readonly #yes: boolean;
  // Lines typed (or piped in) before the question that reads them was asked.
  readonly #lines: string[] = [];
  #waiting: ((line: string | undefined) => void) | undefined;
  #closed = false;
  constructor(yes: boolean) {
    this.#yes = yes;
    if (yes) return;
    this.#rl = createInterface({ input: process.stdin, output: process.stdout });
    this.#rl.on('line', (line) => {
      if (this.#waiting) {
        const w = this.#waiting;
        this.#waiting = undefined;
        w(line);
      } else this.#lines.push(line);
    });
    this.#rl.on('close', () => {
      this.#closed = true;
      this.#waiting?.(undefined);
    });
  }
  close(): void {
    this.#rl?.close();
  }
  async #question(prompt: string): Promise<string> {
    process.stdout.write(prompt);
    const line = this.#lines.shift() ?? (this.#closed ? undefined : await new Promise<string | undefined>((resolve) => (this.#waiting = resolve)));
    if (line === undefined) throw new UsageError('输入已结束，没有回答所有问题');
    if (!process.stdin.isTTY) process.stdout.write(`${line}\n`);
    return line;
  }
  /**
   * @param given The flag's value, used when valid.
   * @param flag For the --yes error message.
   * @param validate Returns an error message, or undefined when the answer is fine.
   */
  async text(label: string, given: string | undefined, flag: string, validate: (v: string) => string | undefined, fallback?: string): Promise<string> {
    if (given !== undefined) {
      const error = validate(given);
      if (!error) return given;
      if (this.#yes) throw new UsageError(`--${flag}「${given}」：${error}`);
      console.log(`  ${error}`);
    } else if (this.#yes) {
      if (fallback !== undefined) return fallback;
      throw new UsageError(`缺少 --${flag}（${label}）`);
    }
    for (;;) {
      const answer = (await this.#question(`${label}${fallback ? `（直接回车：${fallback}）` : ''}：`)).trim();
      const value = answer === '' && fallback !== undefined ? fallback : answer;
      const error = validate(value);
      if (!error) return value;
      console.log(`  ${error}`);
    }
  }
  /** Choose one of `choices` by number or by its value. */
  async choose<T extends string>(
    label: string,
    given: string | undefined,
    flag: string,
    choices: ReadonlyArray<{ value: T; label: string }>,
    fallback?: T,
  ): Promise<T> {
    const find = (v: string) => choices.find((c) => c.value === v) ?? (/^\d+$/.test(v) ? choices[Number(v) - 1] : undefined);
    const list = choices.map((c) => c.value).join('、');
    if (given === undefined && choices.length === 1) {
      if (!this.#yes) console.log(`${label}：${choices[0]!.label}（唯一可选）`);
      return choices[0]!.value;
    }
    if (!this.#yes && given === undefined) {
      console.log(`${label}：`);
      choices.forEach((c, i) => console.log(`  ${String(i + 1).padStart(2)}. ${c.label}`));
    }
    const value = await this.text(
      given === undefined && !this.#yes ? '请输入编号' : label,
      given,
      flag,
      (v) => (find(v) ? undefined : `「${v}」不在可选范围内；可选：${list}`),
      fallback,
    );
    return find(value)!.value;
  }
}
