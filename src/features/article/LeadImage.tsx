// A card's lead image at a fixed size, without a Referer, lazy unless it leads the first screen; a tidy placeholder when it fails.
import type { ArticleImage } from '../../model/index.ts';
import { imageSource } from '../../ui/image-source.ts';
import { useImageFailure } from '../../ui/use-image-failure.ts';

interface LeadImageProps {
  image: ArticleImage;
  /** The first story's image is the largest thing on the first screen: it loads at once, not when laid out. */
  eager?: boolean;
}

export function LeadImage({ image, eager = false }: LeadImageProps) {
  const source = imageSource(image.url);
  const [failed, markFailed] = useImageFailure(source);

  if (source === undefined || failed) {
    // Readers are often offline or behind blockers: a calm block, never a broken-image icon.
    return (
      <div className="lead-image lead-image--placeholder" aria-hidden="true">
        <svg className="lead-image__mark" viewBox="0 0 24 24" width="40" height="40" focusable="false">
          <path
            d="M4 5h16v14H4zM4 15l4.5-4.5 3.5 3.5 2.5-2.5L20 17M15.5 8.5h.01"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      </div>
    );
  }
  return (
    <div className="lead-image">
      <img
        className="lead-image__img"
        src={source}
        alt=""
        width={image.width}
        height={image.height}
        loading={eager ? 'eager' : 'lazy'}
        decoding="async"
        referrerPolicy="no-referrer"
        onError={markFailed}
      />
    </div>
  );
}
