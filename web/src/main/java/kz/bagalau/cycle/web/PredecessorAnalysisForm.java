package kz.bagalau.cycle.web;

import java.io.Serializable;

/** What the evaluator types to analyse a second-half predecessor's work (¶60-2). */
public class PredecessorAnalysisForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String predecessor;
    private String text;
    private String recommendations;

    void clearTexts() {
        text = null;
        recommendations = null;
    }

    public String getPredecessor() {
        return predecessor;
    }

    public void setPredecessor(String predecessor) {
        this.predecessor = predecessor;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = recommendations;
    }
}
