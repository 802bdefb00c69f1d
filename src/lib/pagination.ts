/** Items per page on column listings. */
export const PAGE_SIZE = 20;
