// A brand's logo, or its monogram when there is no logo or the logo fails to load.
import { imageSource } from './image-source.ts';
import { useImageFailure } from './use-image-failure.ts';
import { initialsOf, monogramColour } from './monogram.ts';
import './brand-mark.css';

interface BrandMarkProps {
  name: string;
  /** Picks the monogram's colour, so a brand keeps its colour across the site. */
  colourKey: string;
  logo: string | undefined;
  size?: 'small' | 'medium';
}

export function BrandMark({ name, colourKey, logo, size = 'medium' }: BrandMarkProps) {
  const source = imageSource(logo);
  const [failed, markFailed] = useImageFailure(source);
  const className = `brand-mark brand-mark--${size}`;

  if (source === undefined || failed) {
    return (
      <span
        className={`${className} brand-mark--monogram`}
        role="img"
        aria-label={name}
        style={{ backgroundColor: monogramColour(colourKey) }}
      >
        <span aria-hidden="true">{initialsOf(name)}</span>
      </span>
    );
  }
  return (
    <img
      className={className}
      src={source}
      alt={name}
      width={size === 'small' ? 20 : 28}
      height={size === 'small' ? 20 : 28}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      onError={markFailed}
    />
  );
}
