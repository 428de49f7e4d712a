using Microsoft.OpenApi;

namespace DongThuan.Web.Infrastructure.Web;

/// <summary>
/// Says in <c>/openapi/v1.json</c> what an upload endpoint takes. These endpoints read their multipart form by hand, after
/// authorization (a bound <c>IFormFile</c> or <c>.Accepts</c> makes routing answer 415 before anyone is asked who calls),
/// so the generator cannot see the body; this writes it in: the file part, binary, and the text parts beside it.
/// </summary>
public static class OpenApiUploads
{
    public static RouteHandlerBuilder DescribesUpload(this RouteHandlerBuilder builder, string filePart, string fileDescription,
        params (string Name, string Description)[] textParts) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            var properties = new Dictionary<string, IOpenApiSchema>
            {
                [filePart] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = fileDescription },
            };
            foreach (var (name, description) in textParts)
            {
                properties[name] = new OpenApiSchema { Type = JsonSchemaType.String, Description = description };
            }

            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["multipart/form-data"] = new()
                    {
                        Schema = new OpenApiSchema { Type = JsonSchemaType.Object, Required = new HashSet<string> { filePart }, Properties = properties },
                    },
                },
            };
            return Task.CompletedTask;
        });
}
