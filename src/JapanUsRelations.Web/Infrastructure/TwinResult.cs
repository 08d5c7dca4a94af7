using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace JapanUsRelations.Web.Infrastructure;

/// <summary>
/// A JSON twin's response, typed by the record it serialises, so the OpenAPI document describes every twin from its
/// contract: 200 with <typeparamref name="T"/>, 404 with the not-found record, and the redirects. Every twin response
/// carries <c>Link: &lt;/openapi/v1.json&gt;; rel="describedby"</c>, and a found one its page's permalink (<c>rel="cite-as"</c>).
/// </summary>
/// <typeparam name="T">The record a found answer serialises.</typeparam>
/// <param name="inner">The response itself.</param>
/// <param name="found">The record of a found answer (its response also names its permalink, <see cref="CiteAs"/>), else null.</param>
/// <param name="pageLinks">A paged record's <c>Link</c> header value (next, prev, first, last twins), or null.</param>
public sealed class TwinResult<T>(IResult inner, T? found = null, string? pageLinks = null) : IResult, IEndpointMetadataProvider
    where T : class
{
    /// <summary>Where the API's description lives.</summary>
    public const string DescribedBy = "</openapi/v1.json>; rel=\"describedby\"";

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.Headers.Append("Link", DescribedBy);
        if (pageLinks is not null)
        {
            httpContext.Response.Headers.Append("Link", pageLinks);
        }

        if (found is not null)
        {
            CiteAs.Add(httpContext, found);
        }

        return inner.ExecuteAsync(httpContext);
    }

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status404NotFound, typeof(Pages.Shared.NotFoundModel), ["application/json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status301MovedPermanently));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status302Found));
    }
}
