namespace DongThuan.Web;

/// <summary>
/// Marker for the shared resource file. Keys are the Vietnamese texts themselves (the default language);
/// <c>Resources/SharedResource.en.resx</c> holds their English.
/// </summary>
public sealed class SharedResource;
