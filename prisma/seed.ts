/** `npm run db:seed`: seeds the demo tenant into DATABASE_URL (explicit request, so always allowed). */
import { disconnectDb } from '../lib/db/client';
import { seedDemo } from '../lib/demo/system-seed-demo';

seedDemo()
  .then(() => console.log('demo data seeded'))
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(disconnectDb);
