/** Vietnamese alphabetical order for names and labels ("Đ" after "D", tone marks after the bare letter). */
export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
