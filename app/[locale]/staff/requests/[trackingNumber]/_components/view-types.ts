import type { getStaffRequest } from '@/lib/staff/request';

/** The request as the staff page shows it (lib/staff/request.ts). */
export type StaffRequest = NonNullable<Awaited<ReturnType<typeof getStaffRequest>>>;
