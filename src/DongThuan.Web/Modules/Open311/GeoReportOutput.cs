using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace DongThuan.Web.Modules.Open311;

/// <summary>An element with named children, in order: an XML element, a JSON object.</summary>
public sealed class Fields : List<(string Name, object? Value)>
{
    public void Add(string name, object? value) => Add((name, value));
}

/// <summary>A repeated element (<c>&lt;services&gt;&lt;service&gt;…</c>): in JSON an array of its items, as the Spark convention maps it.</summary>
public sealed record Repeated(string ItemName, IReadOnlyList<object?> Items);

/// <summary>
/// One response tree written as GeoReport v2 XML (UTF-8 declaration, no namespace) or as the JSON the specification
/// derives from it (a root list becomes a bare array). Every endpoint builds the tree once, so the two formats cannot
/// drift apart.
/// </summary>
public static class GeoReportOutput
{
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>"xml" or "json": anything else is not a format of this API.</summary>
    public static bool IsFormat(string? format) => format is "xml" or "json";

    /// <summary>W3C date-time with the Vietnamese offset, as the specification requires a zone: 2026-12-05T09:30:00+07:00.</summary>
    public static string Time(DateTimeOffset at) => at.ToOffset(VietnamOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The end of a due day in Vietnam.</summary>
    public static string EndOf(DateOnly day) => Time(new DateTimeOffset(day.ToDateTime(new TimeOnly(23, 59, 59)), VietnamOffset));

    public static IResult Write(string format, string root, object tree, int status = StatusCodes.Status200OK) =>
        format == "json"
            ? Results.Text(Json(tree), "application/json; charset=utf-8", Encoding.UTF8, status)
            : Results.Text(Xml(root, tree), "text/xml; charset=utf-8", Encoding.UTF8, status);

    /// <summary>The specification's error list: <c>&lt;errors&gt;&lt;error&gt;&lt;code/&gt;&lt;description/&gt;</c>, the HTTP status as the code.</summary>
    public static IResult Error(string format, int status, string description) =>
        Write(IsFormat(format) ? format : "xml", "errors", new Repeated("error", [new Fields { { "code", status }, { "description", description } }]), status);

    public static string Xml(string root, object tree)
    {
        var text = new StringBuilder();
        using (var w = XmlWriter.Create(new Utf8StringWriter(text), new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            w.WriteStartDocument();
            Element(w, root, tree);
            w.WriteEndDocument();
        }

        return text.ToString();
    }

    public static string Json(object tree)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Value(w, tree);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Element(XmlWriter w, string name, object? value)
    {
        w.WriteStartElement(name);
        switch (value)
        {
            case null:
                break;
            case Fields fields:
                foreach (var (child, v) in fields)
                {
                    Element(w, child, v);
                }

                break;
            case Repeated many:
                foreach (var item in many.Items)
                {
                    Element(w, many.ItemName, item);
                }

                break;
            default:
                w.WriteString(Scalar(value));
                break;
        }

        w.WriteEndElement();
    }

    private static void Value(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null:
                w.WriteNullValue();
                break;
            case Fields fields:
                w.WriteStartObject();
                foreach (var (name, v) in fields)
                {
                    w.WritePropertyName(name);
                    Value(w, v);
                }

                w.WriteEndObject();
                break;
            case Repeated many:
                w.WriteStartArray();
                foreach (var item in many.Items)
                {
                    Value(w, item);
                }

                w.WriteEndArray();
                break;
            case bool b:
                w.WriteBooleanValue(b);
                break;
            case int i:
                w.WriteNumberValue(i);
                break;
            case double d:
                w.WriteNumberValue(d);
                break;
            default:
                w.WriteStringValue(Scalar(value));
                break;
        }
    }

    private static string Scalar(object value) => value switch
    {
        bool b => b ? "true" : "false",
        DateTimeOffset at => Time(at),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>A StringWriter that declares UTF-8 (the default declares UTF-16, which the specification forbids).</summary>
    private sealed class Utf8StringWriter(StringBuilder text) : StringWriter(text, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
