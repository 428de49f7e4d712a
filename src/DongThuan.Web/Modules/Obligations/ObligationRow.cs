namespace DongThuan.Web.Modules.Obligations;

/// <summary>An obligation as the board and "my obligations" list it: the kind, who owes it and how it stands today.</summary>
public sealed record ObligationRow(Obligation Obligation, string Kind, string Body, string? Person, ObligationStatus Status);
