namespace DongThuan.Web.Modules.Open311;

/// <summary>
/// <c>GET /open311/v2/discovery.{xml,json}</c>: the Open311 Service Discovery document, which tells a client where the
/// GeoReport v2 endpoint is, in which formats, and how to get a key.
/// </summary>
public static class Discovery
{
    /// <summary>When this endpoint's shape last changed (the specification's changeset), not a clock: clients compare it.</summary>
    public static readonly DateTimeOffset Changeset = new(2026, 12, 5, 0, 0, 0, GeoReportOutput.VietnamOffset);

    public const string Specification = "http://wiki.open311.org/GeoReport_v2";

    public static IResult Get(string format, HttpRequest request, IConfiguration settings, IHostEnvironment environment)
    {
        if (!GeoReportOutput.IsFormat(format))
        {
            return GeoReportOutput.Error("xml", StatusCodes.Status404NotFound, "format: xml, json");
        }

        var site = $"{request.Scheme}://{request.Host}";
        var tree = new Fields
        {
            { "changeset", Changeset },
            { "contact", settings["Open311:Contact"] ?? "Văn phòng Hội đồng nhân dân nơi gửi kiến nghị / the office of the council the request is for" },
            { "key_service", $"{site}/Open311/Keys (quản trị viên cấp khóa api_key cho từng chương trình / the administrator issues an api_key per client)" },
            {
                "endpoints", new Repeated("endpoint", [new Fields
                {
                    { "specification", Specification },
                    { "url", $"{site}/open311/v2" },
                    { "changeset", Changeset },
                    { "type", environment.IsProduction() ? "production" : "test" },
                    { "formats", new Repeated("format", ["text/xml", "application/json"]) },
                }])
            },
        };
        return GeoReportOutput.Write(format, "discovery", tree);
    }
}
