using System.Text;

namespace JapanUsRelations.Web.Pages.Shared;

/// <summary>The helpful 404 as plain text, for routes that answer files (feeds, exports, downloads): what was asked for and what exists.</summary>
public static class NotFoundText
{
    /// <summary>A 404 response listing <paramref name="model"/>'s alternatives, one a line.</summary>
    public static IResult Of(NotFoundModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var text = new StringBuilder($"There is no {model.Asked}.\n\n{model.AvailableHeading}:\n");
        foreach (var link in model.Available)
        {
            text.Append("- ").Append(link.Label).Append(": ").Append(link.Url).Append('\n');
        }

        return Results.Text(text.ToString(), "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
    }
}
