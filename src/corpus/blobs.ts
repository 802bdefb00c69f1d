/**
 * The few distinct attachment files of a corpus: small but real PDF, PNG and CSV files,
 * written once and hardlinked wherever an item attaches one, so a 20,000-item corpus
 * stays small on disk while every attachment exists, has a real type and a size.
 */
import { deflateSync } from 'node:zlib';

/** A one-page PDF whose content stream holds `lines` lines of text (size grows with it). */
function pdf(title: string, lines: number): Buffer {
  const text: string[] = ['BT /F1 11 Tf 50 790 Td 14 TL'];
  text.push(`(${title}) Tj T*`);
  for (let i = 1; i <= lines; i++) {
    text.push(`(Line ${i}: Jiangnan Provincial Department of Ecology and Environment, disclosure attachment.) Tj T*`);
  }
  text.push('ET');
  const stream = text.join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(stream)} >>\nstream\n${stream}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** An RGB PNG of a simple infographic-like pattern (bars on a light background). */
function png(width: number, height: number): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0;
    for (let x = 0; x < width; x++) {
      const bar = Math.floor(x / (width / 8));
      const barTop = height - ((bar * 37) % height) * 0.8 - 10;
      const inBar = y > barTop && x % (width / 8) > 6;
      const [r, g, b] = inBar ? [20 + bar * 20, 110, 160 - bar * 10] : [245, 247, 250 - ((x + y) % 7)];
      raw[row + 1 + x * 3] = r;
      raw[row + 2 + x * 3] = g;
      raw[row + 3 + x * 3] = b;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function csv(head: string[], rows: number, row: (i: number) => string[]): Buffer {
  const lines = [head.join(',')];
  for (let i = 1; i <= rows; i++) lines.push(row(i).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

const CITY_NAMES = ['江州市', '云港市', '青山市', '东阳市', '白沙市', '石门市', '南湖市', '临安市'];

/** Blob name → bytes. Names end with the file type. */
export function makeBlobs(): Map<string, Buffer> {
  return new Map<string, Buffer>([
    ['small.pdf', pdf('Attachment', 12)],
    ['medium.pdf', pdf('Attachment', 90)],
    ['large.pdf', pdf('Attachment', 360)],
    ['yitu.png', png(480, 300)],
    [
      'list.csv',
      csv(['序号', '单位名称', '所在设区市', '统一社会信用代码', '类别'], 40, (i) => [
        String(i),
        `${CITY_NAMES[i % 8]!.slice(0, 2)}示例${i}号企业有限公司`,
        CITY_NAMES[i % 8]!,
        `9199${String((i % 8) + 1).padStart(2, '0')}00MA${String(1000000 + i * 7919).slice(-7)}X`,
        i % 3 === 0 ? '重点管理' : '简化管理',
      ]),
    ],
    [
      'table.csv',
      csv(['设区市', '指标', '数值', '单位'], 36, (i) => [
        CITY_NAMES[i % 8]!,
        ['PM2.5', '优良天数比例', '综合指数'][i % 3]!,
        String(((i * 37) % 90) + 10),
        ['微克/立方米', '%', ''][i % 3]!,
      ]),
    ],
  ]);
}

/** Which PDF blob an attachment uses: mostly small, some medium, few large. */
export function pdfBlob(r: number): string {
  return r < 0.6 ? 'small.pdf' : r < 0.92 ? 'medium.pdf' : 'large.pdf';
}
