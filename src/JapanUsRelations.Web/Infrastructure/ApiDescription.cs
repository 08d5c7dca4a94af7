using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace JapanUsRelations.Web.Infrastructure;

/// <summary>
/// The OpenAPI 3.1 document of the JSON twins, generated from their typed contracts (<see cref="TwinResult{T}"/>) at
/// <c>/openapi/v1.json</c>. A nullable property of a record type is described as possibly null (the generator
/// leaves that out). Feeds, exports and downloads are files, not twins, and stay out of it.
/// </summary>
public static class ApiDescription
{
    /// <summary>The document's path.</summary>
    public const string Path = "/openapi/v1.json";

    /// <summary>Registers the document generator.</summary>
    public static void Add(IServiceCollection services)
    {
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Japan–U.S. Relations Editions: JSON twins";
            document.Info.Description = "Every page's data under /api: the same path as the page, the record the page renders. "
                + "Unknown ids answer 404 with what was asked for and what exists. See docs/api.md.";
            return Task.CompletedTask;
        }).AddSchemaTransformer((schema, context, _) =>
        {
            // A nullable property of a record type (ParagraphChange.Table) may be null; the generator leaves null out.
            if (context.JsonPropertyInfo?.AttributeProvider is PropertyInfo property && !property.PropertyType.IsValueType
                && new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable
                && schema is OpenApiSchema { Type: { } type } && !type.HasFlag(JsonSchemaType.Null))
            {
                schema.Type = type | JsonSchemaType.Null;
            }

            return Task.CompletedTask;
        }));
    }

    /// <summary>Maps the document.</summary>
    public static void Map(WebApplication app) => app.MapOpenApi(Path);
}
