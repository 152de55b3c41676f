// The header's "Saved" link, with how many stories are saved ("Saved 3": the count is part of its name, as it is of what it shows).
import { Link, useLocation } from 'wouter';
import { formatCount } from '../../ui/locale.ts';
import { useReading } from '../reading/index.ts';

export function SavedLink() {
  const count = useReading((snapshot) => snapshot.state.saved.length);
  const [location] = useLocation();
  return (
    <Link className="site-header__link" to="/saved" aria-current={location === '/saved' ? 'page' : undefined}>
      Saved{count > 0 && ' '}
      {count > 0 && <span className="site-header__count">{formatCount(count)}</span>}
    </Link>
  );
}
