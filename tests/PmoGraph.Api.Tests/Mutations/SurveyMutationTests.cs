using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Surveys;

namespace PmoGraph.Api.Tests.Mutations;

public sealed class SurveyMutationTests : IDisposable
{
    private const string Selection = "surveyResponse { id satisfaction recommendScore version }";

    private readonly MutationTestFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task RecordSurveyResponse_ValidInput_IsStored()
    {
        var survey = await _api.ReadAsync(db => db.Set<Survey>().OrderBy(s => s.Id).FirstAsync());

        var response = (await _api.CallAsync("recordSurveyResponse", Selection, new
        {
            surveyId = survey.Id,
            satisfaction = 4,
            recommendScore = 9,
            respondent = " Ana Ruiz ",
            comment = "Smooth cut-over",
            respondedOn = survey.SentOn.AddDays(3),
        })).Succeeded("surveyResponse");

        var stored = await _api.ReadAsync(db => db.Set<SurveyResponse>().SingleAsync(r => r.Id == response.Id()));
        Assert.Equal((survey.Id, 4, (int?)9, "Ana Ruiz", "Smooth cut-over", survey.SentOn.AddDays(3)),
            (stored.SurveyId, stored.Satisfaction, stored.RecommendScore, stored.Respondent, stored.Comment, stored.RespondedOn));
    }

    [Fact]
    public async Task RecordSurveyResponse_NoScoreNoDate_IsAnAnonymousResponseToday()
    {
        var surveyId = await _api.ReadAsync(db => db.Set<Survey>().Where(s => s.SentOn <= DateOnly.FromDateTime(DateTime.UtcNow)).Select(s => s.Id).FirstAsync());

        var response = (await _api.CallAsync("recordSurveyResponse", Selection, new { surveyId, satisfaction = 2 })).Succeeded("surveyResponse");

        var stored = await _api.ReadAsync(db => db.Set<SurveyResponse>().SingleAsync(r => r.Id == response.Id()));
        Assert.Equal(((int?)null, (string?)null, DateOnly.FromDateTime(DateTime.UtcNow)), (stored.RecommendScore, stored.Respondent, stored.RespondedOn));
    }

    [Fact]
    public async Task RecordSurveyResponse_InvalidFields_ReturnsEachRuleAndWritesNothing()
    {
        var surveyId = await _api.ReadAsync(db => db.Set<Survey>().Select(s => s.Id).FirstAsync());
        var count = await _api.ReadAsync(db => db.Set<SurveyResponse>().CountAsync());

        var payload = await _api.CallAsync("recordSurveyResponse", Selection,
            new { surveyId, satisfaction = 6, recommendScore = 11, respondent = new string('r', 201), comment = new string('c', 4001) });

        Assert.Equal([("satisfaction", "range"), ("recommendScore", "range"), ("respondent", "maxLength"), ("comment", "maxLength")], payload.Violations());
        Assert.Equal(count, await _api.ReadAsync(db => db.Set<SurveyResponse>().CountAsync()));
    }

    [Fact]
    public async Task RecordSurveyResponse_BeforeTheSurveyWasSent_IsADateOrderError()
    {
        var survey = await _api.ReadAsync(db => db.Set<Survey>().OrderBy(s => s.Id).FirstAsync());

        var payload = await _api.CallAsync("recordSurveyResponse", Selection, new { surveyId = survey.Id, satisfaction = 0, respondedOn = survey.SentOn.AddDays(-1) });

        Assert.Equal([("satisfaction", "range")], payload.Violations());
        payload = await _api.CallAsync("recordSurveyResponse", Selection, new { surveyId = survey.Id, satisfaction = 5, respondedOn = survey.SentOn.AddDays(-1) });
        Assert.Equal([("respondedOn", "dateOrder")], payload.Violations());
    }

    [Fact]
    public async Task RecordSurveyResponse_UnknownSurvey_IsANotFoundError() =>
        (await _api.CallAsync("recordSurveyResponse", Selection, new { surveyId = 999999, satisfaction = 5 })).SingleError("NotFoundError");
}
