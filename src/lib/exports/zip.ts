/**
 * A zip archive of a few small text files, stored without compression (method 0), with CRC-32
 * and UTF-8 names: what every unzip tool and spreadsheet opens. No package needed for the
 * dossier's CSV tables; not meant for large files (everything is held in memory). Pure.
 */

const CRC_TABLE = (() => {
	const t = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		t[n] = c >>> 0;
	}
	return t;
})();

/** CRC-32 (ISO 3309, the one zip and PNG use) of some bytes. */
export function crc32(bytes: Uint8Array): number {
	let c = 0xffffffff;
	for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

/** MS-DOS time and date of a Date (local fields, 2-second precision), as zip headers want. */
function dosDateTime(d: Date): [number, number] {
	const time = (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1);
	const date =
		((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate();
	return [time, date];
}

/** A zip holding `files` (name → content; strings are written as UTF-8), in the given order. */
export function zipStore(files: Record<string, string | Uint8Array>, when = new Date()): Buffer {
	const [time, date] = dosDateTime(when);
	const local: Buffer[] = [];
	const central: Buffer[] = [];
	let offset = 0;
	for (const [name, content] of Object.entries(files)) {
		const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
		const fname = Buffer.from(name, 'utf8');
		const fields = { time, date, crc: crc32(data), size: data.length, nameLength: fname.length };
		const head = Buffer.alloc(30);
		head.writeUInt32LE(0x04034b50, 0);
		writeFileFields(head, 4, fields);
		head.writeUInt16LE(0, 28);
		const entry = Buffer.alloc(46);
		entry.writeUInt32LE(0x02014b50, 0);
		entry.writeUInt16LE(20, 4); // made by
		writeFileFields(entry, 6, fields);
		// extra, comment, disk, internal and external attributes stay 0
		entry.writeUInt32LE(offset, 42);
		local.push(head, fname, data);
		central.push(entry, fname);
		offset += head.length + fname.length + data.length;
	}
	const dir = Buffer.concat(central);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	const count = Object.keys(files).length;
	end.writeUInt16LE(count, 8);
	end.writeUInt16LE(count, 10);
	end.writeUInt32LE(dir.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...local, dir, end]);
}

/**
 * The fields a local header and its central directory entry share, from `at` (4 in the first, 6
 * in the second): version needed 2.0, names in UTF-8, stored (no compression), time, date, CRC-32,
 * sizes and name length.
 */
function writeFileFields(
	b: Buffer,
	at: number,
	f: { time: number; date: number; crc: number; size: number; nameLength: number }
): void {
	b.writeUInt16LE(20, at);
	b.writeUInt16LE(0x0800, at + 2);
	b.writeUInt16LE(0, at + 4);
	b.writeUInt16LE(f.time, at + 6);
	b.writeUInt16LE(f.date, at + 8);
	b.writeUInt32LE(f.crc, at + 10);
	b.writeUInt32LE(f.size, at + 14);
	b.writeUInt32LE(f.size, at + 18);
	b.writeUInt16LE(f.nameLength, at + 22);
}
