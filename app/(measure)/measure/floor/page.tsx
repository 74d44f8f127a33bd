export const metadata = { title: 'Framework floor', robots: { index: false } };

export default function FloorPage() {
  return (
    <main>
      <h1>Framework floor</h1>
    </main>
  );
}
