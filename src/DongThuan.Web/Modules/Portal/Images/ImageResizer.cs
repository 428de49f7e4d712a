using System.Security.Cryptography;
using ImageMagick;

namespace DongThuan.Web.Modules.Portal.Images;

public sealed record ResizedImage(byte[] Bytes, int Width, int Height)
{
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Bytes));
}

/// <summary>
/// Makes the copies the pages show, with Magick.NET (ImageMagick): turned upright by its EXIF orientation,
/// stripped of metadata (a phone photo's EXIF can carry where it was taken), no wider than the given width
/// (never enlarged), as progressive JPEG at quality 80.
/// </summary>
public static class ImageResizer
{
    public const int SmallWidth = 480, LargeWidth = 960;

    /// <summary>Very large pictures are refused before decoding, so one upload cannot take all the memory.</summary>
    public const int MaxPixels = 40_000_000;

    public static (ResizedImage Small, ResizedImage Large)? Resize(byte[] original)
    {
        try
        {
            var info = new MagickImageInfo(original);
            if ((long)info.Width * info.Height > MaxPixels)
            {
                return null;
            }

            return (To(original, SmallWidth), To(original, LargeWidth));
        }
        catch (MagickException)
        {
            return null;
        }
    }

    private static ResizedImage To(byte[] original, int width)
    {
        using var image = new MagickImage(original);
        image.AutoOrient();
        image.Strip();
        if (image.Width > width)
        {
            image.Resize((uint)width, 0);
        }

        image.Format = MagickFormat.Jpeg;
        image.Quality = 80;
        image.Settings.Interlace = Interlace.Jpeg;
        // Transparent areas of a PNG become white, not black, in a JPEG.
        image.BackgroundColor = MagickColors.White;
        image.Alpha(AlphaAction.Remove);
        return new ResizedImage(image.ToByteArray(), (int)image.Width, (int)image.Height);
    }
}
