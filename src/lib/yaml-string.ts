/** Writing values typed by editors into YAML front matter (`npm run new`, the kinds' scaffolds). */

/**
 * A YAML scalar for a value typed by an editor: plain when that reads back as the same
 * string, double-quoted otherwise (a title with “: ” or “ #”, or one that YAML would
 * read as a number, date or boolean).
 */
export function yamlString(value: string): string {
  const plainSafe =
    value.length > 0 &&
    value === value.trim() &&
    !/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) &&
    !/: |\s#|:$/.test(value) &&
    !/[\n\r\t]/.test(value) &&
    !/^(?:true|false|null|yes|no|on|off|~|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+|\.inf|\.nan|\d{4}-\d\d-\d\d.*)$/i.test(value);
  return plainSafe ? value : JSON.stringify(value);
}
