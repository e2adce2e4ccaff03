"""Figures of the classification-metrics lesson, drawn from the breast-cancer data."""

from __future__ import annotations

import numpy as np

from mlroadmap.datasets import load_breast_cancer


def figure_roc_curves():
    import matplotlib.pyplot as plt
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score, roc_curve
    from sklearn.model_selection import train_test_split
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from sklearn.tree import DecisionTreeClassifier

    cancer = load_breast_cancer()
    X_train, X_test, y_train, y_test = train_test_split(
        cancer.data, cancer.target, test_size=0.4, stratify=cancer.target, random_state=0
    )
    models = {
        "logistic regression (30 features)": make_pipeline(StandardScaler(), LogisticRegression()),
        "decision tree, depth 2": DecisionTreeClassifier(max_depth=2, random_state=0),
    }
    figure, ax = plt.subplots(figsize=(5.6, 4.6))
    for (name, model), style in zip(models.items(), ["-", "--"], strict=True):
        scores = model.fit(X_train, y_train).predict_proba(X_test)[:, 1]
        fpr, tpr, _ = roc_curve(y_test, scores, drop_intermediate=False)
        auc = roc_auc_score(y_test, scores)
        label = f"{name} ({len(np.unique(scores))} distinct scores): AUC {auc:.3f}"
        ax.plot(fpr, tpr, style, marker="o" if len(fpr) < 10 else None, ms=4, lw=2, label=label)
    ax.plot([0, 1], [0, 1], ":", color="grey", label="random scores: AUC 0.5")
    ax.set(
        xlabel="false-positive rate (malignant flagged as benign)",
        ylabel="true-positive rate (benign found)",
        title=f"ROC curves on breast cancer ({len(y_test)} test samples)",
        xlim=(-0.02, 1.02),
        ylim=(-0.02, 1.02),
    )
    ax.legend(fontsize=8, loc="lower right")
    return figure


def figure_threshold_tradeoff():
    import matplotlib.pyplot as plt
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import train_test_split
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    cancer = load_breast_cancer()
    y = (cancer.target == 0).astype(int)  # malignant as the positive class
    X_train, X_test, y_train, y_test = train_test_split(
        cancer.data, y, test_size=0.4, stratify=y, random_state=0
    )
    model = make_pipeline(StandardScaler(), LogisticRegression(C=0.05)).fit(X_train, y_train)
    p = model.predict_proba(X_test)[:, 1]
    thresholds = np.linspace(0.01, 0.99, 99)
    flagged = p[None, :] >= thresholds[:, None]
    tp = (flagged & (y_test == 1)).sum(axis=1)
    precision = np.where(flagged.sum(axis=1) > 0, tp / np.maximum(flagged.sum(axis=1), 1), 0.0)
    recall = tp / y_test.sum()
    f1 = np.where(precision + recall > 0, 2 * precision * recall / np.maximum(precision + recall, 1e-12), 0.0)

    figure, ax = plt.subplots(figsize=(5.6, 3.8))
    ax.plot(thresholds, precision, label="precision")
    ax.plot(thresholds, recall, label="recall")
    ax.plot(thresholds, f1, "--", label="F1")
    ax.set(
        xlabel="threshold t on the predicted probability of malignant",
        ylabel="score on the test set",
        title="Moving the threshold trades recall for precision",
    )
    ax.legend(fontsize=8)
    return figure
