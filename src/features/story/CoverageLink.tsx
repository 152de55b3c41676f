// On the card of a story several outlets told: the way to every version, with the other outlets' marks stacked in it.
import { Link } from 'wouter';
import type { Coverage } from '../../model/index.ts';
import { BrandMark } from '../../ui/BrandMark.tsx';
import { nextTrailState } from '../../ui/history-trail.ts';
import { useTrailLocation } from '../../ui/use-trail-location.ts';
import './coverage.css';

/** The other outlets' logos or monograms, stacked; the link's text says how many there are. */
function CoverageMarks({ coverage }: { coverage: Coverage }) {
  return (
    <span className="coverage-marks" aria-hidden="true">
      {coverage.providers.map((provider) => (
        <BrandMark key={provider.domain} name={provider.name} colourKey={provider.domain} logo={provider.logo} size="small" />
      ))}
    </span>
  );
}

export function CoverageLink({ coverage }: { coverage: Coverage }) {
  // The trail lets the story page's "Back" return to this feed at this scroll position.
  const location = useTrailLocation();
  return (
    <Link className="coverage-link" href={`/story/${encodeURIComponent(coverage.storyId)}`} state={nextTrailState(location)}>
      <CoverageMarks coverage={coverage} />
      Full coverage: {coverage.sourceCount} sources
    </Link>
  );
}
