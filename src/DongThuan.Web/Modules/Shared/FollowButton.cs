namespace DongThuan.Web.Modules.Shared;

/// <summary>The follow button of a public page: what it follows, whether the reader already does, and the page to return to.</summary>
public sealed record FollowButton(string Kind, Guid Id, bool Following, string ReturnUrl);
